/**
 * RepAlign
 */
package org.repalign.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.repalign.model.ExperimentPackage;
import org.repalign.model.SyntheticModel;

/**
 * This is the item provider adapter for a {@link org.repalign.model.SyntheticModel} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SyntheticModelItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SyntheticModelItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addIdPropertyDescriptor(object);
			addDimensionPropertyDescriptor(object);
			addDictionaryPropertyDescriptor(object);
			addDictionarySeedPropertyDescriptor(object);
			addBiasNormPropertyDescriptor(object);
			addNoiseScalePropertyDescriptor(object);
			addAnisotropicDimensionsPropertyDescriptor(object);
			addAnisotropyScalePropertyDescriptor(object);
			addFamilyPropertyDescriptor(object);
			addModalityPropertyDescriptor(object);
			addNoiseExponentPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyntheticModel_id_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyntheticModel_id_feature", "_UI_SyntheticModel_type"),
				 ExperimentPackage.Literals.SYNTHETIC_MODEL__ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dimension feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDimensionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyntheticModel_dimension_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyntheticModel_dimension_feature", "_UI_SyntheticModel_type"),
				 ExperimentPackage.Literals.SYNTHETIC_MODEL__DIMENSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dictionary feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDictionaryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyntheticModel_dictionary_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyntheticModel_dictionary_feature", "_UI_SyntheticModel_type"),
				 ExperimentPackage.Literals.SYNTHETIC_MODEL__DICTIONARY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dictionary Seed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDictionarySeedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyntheticModel_dictionarySeed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyntheticModel_dictionarySeed_feature", "_UI_SyntheticModel_type"),
				 ExperimentPackage.Literals.SYNTHETIC_MODEL__DICTIONARY_SEED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Bias Norm feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBiasNormPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyntheticModel_biasNorm_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyntheticModel_biasNorm_feature", "_UI_SyntheticModel_type"),
				 ExperimentPackage.Literals.SYNTHETIC_MODEL__BIAS_NORM,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Noise Scale feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNoiseScalePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyntheticModel_noiseScale_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyntheticModel_noiseScale_feature", "_UI_SyntheticModel_type"),
				 ExperimentPackage.Literals.SYNTHETIC_MODEL__NOISE_SCALE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Anisotropic Dimensions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAnisotropicDimensionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyntheticModel_anisotropicDimensions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyntheticModel_anisotropicDimensions_feature", "_UI_SyntheticModel_type"),
				 ExperimentPackage.Literals.SYNTHETIC_MODEL__ANISOTROPIC_DIMENSIONS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Anisotropy Scale feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAnisotropyScalePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyntheticModel_anisotropyScale_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyntheticModel_anisotropyScale_feature", "_UI_SyntheticModel_type"),
				 ExperimentPackage.Literals.SYNTHETIC_MODEL__ANISOTROPY_SCALE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Family feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFamilyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyntheticModel_family_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyntheticModel_family_feature", "_UI_SyntheticModel_type"),
				 ExperimentPackage.Literals.SYNTHETIC_MODEL__FAMILY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Modality feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModalityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyntheticModel_modality_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyntheticModel_modality_feature", "_UI_SyntheticModel_type"),
				 ExperimentPackage.Literals.SYNTHETIC_MODEL__MODALITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Noise Exponent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNoiseExponentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyntheticModel_noiseExponent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyntheticModel_noiseExponent_feature", "_UI_SyntheticModel_type"),
				 ExperimentPackage.Literals.SYNTHETIC_MODEL__NOISE_EXPONENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns SyntheticModel.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SyntheticModel"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((SyntheticModel)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_SyntheticModel_type") :
			getString("_UI_SyntheticModel_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(SyntheticModel.class)) {
			case ExperimentPackage.SYNTHETIC_MODEL__ID:
			case ExperimentPackage.SYNTHETIC_MODEL__DIMENSION:
			case ExperimentPackage.SYNTHETIC_MODEL__DICTIONARY:
			case ExperimentPackage.SYNTHETIC_MODEL__DICTIONARY_SEED:
			case ExperimentPackage.SYNTHETIC_MODEL__BIAS_NORM:
			case ExperimentPackage.SYNTHETIC_MODEL__NOISE_SCALE:
			case ExperimentPackage.SYNTHETIC_MODEL__ANISOTROPIC_DIMENSIONS:
			case ExperimentPackage.SYNTHETIC_MODEL__ANISOTROPY_SCALE:
			case ExperimentPackage.SYNTHETIC_MODEL__FAMILY:
			case ExperimentPackage.SYNTHETIC_MODEL__MODALITY:
			case ExperimentPackage.SYNTHETIC_MODEL__NOISE_EXPONENT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return ExperimentEditPlugin.INSTANCE;
	}

}
